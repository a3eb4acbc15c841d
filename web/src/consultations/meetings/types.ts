/**
 * Shapes of the meetings API as the web reads them: the server's views imported as types only, so a field renamed on
 * the server fails the web's type check.
 */
import type { PublicMeeting, SignupView, StaffMeeting } from '../../../../worker/consultations/views/meetings'

export type { PublicMeeting, SignupView, StaffMeeting }

export interface SignupAnswer {
  meeting: number
  email: string
  status: 'signed_up'
}
