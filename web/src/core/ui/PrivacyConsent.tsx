import { Checkbox, type ChoiceLook } from './choices'

/**
 * The tick a person gives before sending their personal data to the office (a comment, a place at a meeting): the
 * statement, what the data is for and for how long, and the link to the JST's information notice (`/{slug}/rodo`,
 * art. 13 RODO) in the hint the checkbox is described by, so it is read with the statement. Named `privacyAccepted`,
 * as the API's field, so the server's refusal lands on it.
 */
export function PrivacyConsent({
  formId,
  slug,
  label,
  purpose,
  link,
  checked,
  onChecked,
  error,
  look,
}: {
  formId: string
  /** The JST whose information notice is linked. */
  slug: string
  label: string
  /** What the data is used for and when it is erased. */
  purpose: string
  /** The link's text. */
  link: string
  checked: boolean
  onChecked: (checked: boolean) => void
  error?: string
  look: ChoiceLook
}) {
  return (
    <Checkbox
      formId={formId}
      name="privacyAccepted"
      label={label}
      checked={checked}
      onChecked={onChecked}
      error={error}
      hint={
        <>
          {purpose} <a href={`/${encodeURIComponent(slug)}/rodo`}>{link}</a>
        </>
      }
      look={look}
    />
  )
}
