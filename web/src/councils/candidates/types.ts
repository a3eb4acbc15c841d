import type { candidacyView, guardianView, publicCall, staffCall } from '../../../../worker/councils/views/candidates'

/*
 * The answers of the candidates' API as the pages read them: the server's views, with dates as the JSON strings they
 * travel as (the views already give ISO strings and Warsaw days).
 */
export type PublicCall = ReturnType<typeof publicCall>
export type StaffCall = ReturnType<typeof staffCall>
export type Candidacy = ReturnType<typeof candidacyView>
export type GuardianView = ReturnType<typeof guardianView>
export interface StaffCalls {
  items: StaffCall[]
  seats: { key: string; name: string; seats: number; fill: string }[]
}
