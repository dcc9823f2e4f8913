// Self-hosted fonts: no request ever leaves the machine (headmatter sets `fonts.provider: none`).
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import './kit.css'
import './exercises.css'
