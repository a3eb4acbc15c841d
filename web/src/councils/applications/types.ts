/** An application as the public API answers it (worker/councils/views/applications.ts). */
export interface PublicApplication {
  number: number
  bodyKind: 'rada_seniorow' | 'mlodziezowa_rada' | 'rdpp' | 'inna'
  kindName: string
  title: string
  justification: string
  applicant: { kind: string; name: string }
  status: 'zbieranie' | 'zlozony' | 'uwzgledniony' | 'odrzucony'
  threshold: number | null
  valid: number | null
  reached: boolean | null
  organisations: { name: string; confirmedOn: string }[]
  openedOn: string
  filedOn: string | null
  decisionDueOn: string | null
  decision: { outcome: string; decidedOn: string | null; act: string | null; reason: string | null } | null
}

/** What staff see besides (no-store). */
export interface StaffApplication extends PublicApplication {
  confirmed: boolean
  contactEmail: string | null
  overdue: boolean
  count: { valid: number; threshold: number; duplicates: number; undeclared: number; obliges: boolean } | null
  signatures: {
    id: string
    name: string | null
    address: string | null
    declaredSenior: boolean
    channel: 'online' | 'papier'
    signedOn: string
  }[]
}

/** Whether residents sign this application (a residents' petition for a rada seniorów). */
export const isPetition = (a: Pick<PublicApplication, 'bodyKind' | 'applicant'>) =>
  a.bodyKind === 'rada_seniorow' && a.applicant.kind === 'mieszkancy'
