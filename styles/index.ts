// Self-hosted fonts: no request ever leaves the machine (headmatter sets `fonts.provider: none`).
// A subset of Noto Sans SC (400, 700) holding only the characters the kit displays; regenerate it
// with `npm run fonts` (public/fonts/, scripts/lib/font-subset.ts).
import './fonts.generated.css'
import './kit.css'
import './exercises.css'
