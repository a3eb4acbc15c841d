/** Addresses of the budget pages (Polish URLs). */
const seg = (value: string | number) => encodeURIComponent(String(value))

export const boPaths = {
  editions: (slug: string) => `/${seg(slug)}/bo`,
  edition: (slug: string, year: number | string) => `/${seg(slug)}/bo/${seg(year)}`,
  submit: (slug: string, year: number | string) => `/${seg(slug)}/bo/${seg(year)}/zglos`,
  projects: (slug: string, year: number | string) => `/${seg(slug)}/bo/${seg(year)}/projekty`,
  project: (slug: string, year: number | string, id: string) => `/${seg(slug)}/bo/${seg(year)}/projekty/${seg(id)}`,
  edit: (slug: string, year: number | string, id: string) => `/${seg(slug)}/bo/${seg(year)}/projekty/${seg(id)}/edycja`,
  support: (slug: string, year: number | string, id: string) =>
    `/${seg(slug)}/bo/${seg(year)}/projekty/${seg(id)}/poparcie`,
  finalList: (slug: string, year: number | string) => `/${seg(slug)}/bo/${seg(year)}/lista`,
  coauthor: (slug: string) => `/${seg(slug)}/bo/wspolautor`,
  panel: (slug: string) => `/panel/${seg(slug)}/bo`,
  panelEdition: (slug: string, year: number | string) => `/panel/${seg(slug)}/bo/${seg(year)}`,
  panelProject: (slug: string, year: number | string, id: string) =>
    `/panel/${seg(slug)}/bo/${seg(year)}/projekty/${seg(id)}`,
  panelAppeals: (slug: string, year: number | string) => `/panel/${seg(slug)}/bo/${seg(year)}/odwolania`,
  panelConflicts: (slug: string, year: number | string) => `/panel/${seg(slug)}/bo/${seg(year)}/konflikty`,
  vote: (slug: string, year: number | string) => `/${seg(slug)}/bo/${seg(year)}/glosuj`,
  results: (slug: string, year: number | string) => `/${seg(slug)}/bo/${seg(year)}/wyniki`,
  receipt: (slug: string, year: number | string) => `/${seg(slug)}/bo/${seg(year)}/potwierdzenie`,
  panelPaperCards: (slug: string, year: number | string) => `/panel/${seg(slug)}/bo/${seg(year)}/karty`,
  panelResults: (slug: string, year: number | string) => `/panel/${seg(slug)}/bo/${seg(year)}/wyniki`,
  implementation: (slug: string, year: number | string) => `/${seg(slug)}/bo/${seg(year)}/realizacja`,
  panelImplementation: (slug: string, year: number | string) => `/panel/${seg(slug)}/bo/${seg(year)}/realizacja`,
}
