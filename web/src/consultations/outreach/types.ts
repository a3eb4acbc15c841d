/**
 * Outreach's answers as the web reads them: the server's view types, imported as types only, so a renamed field
 * fails the web's type check instead of drifting from a copy.
 */
export type { AnnouncementView } from '../../../../worker/consultations/views/announcement'
export type { OpinionView, OutreachView } from '../../../../worker/consultations/views/outreach'
