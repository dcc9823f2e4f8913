/** Building blocks shared by every exercise type's schema. */
import { z } from 'zod'

export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and dashes (e.g. "why-check-1")')

export const textSchema = z.string().trim().min(1, 'must not be empty')

/** Reports every id that occurs more than once in `items`, at `path[index].id`. */
export function checkUniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx, path: (string | number)[]): void {
  const seen = new Set<string>()
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'id'],
        message: `duplicate id "${item.id}"`,
      })
    }
    seen.add(item.id)
  })
}
