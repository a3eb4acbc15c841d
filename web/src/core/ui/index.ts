/**
 * The core's interface parts, one of each, for every page of the core and of the modules: the page heading and
 * dates (page.tsx), loading / empty / error states and the announced outcome (states.tsx), the one mapping of an
 * API refusal to form errors and the error summary (errors.tsx), the labelled fields (fields.tsx), checkboxes, radio
 * groups and the privacy consent (choices.tsx, PrivacyConsent.tsx), tables and the confirmation dialog; the e-mail
 * form (EmailForm.tsx) is imported by its path. Modules bring their own looks (CSS classes), not their own controls, so the
 * markup that screen readers and keyboard users depend on is written once.
 */
export * from './page'
export * from './states'
export * from './errors'
export * from './fields'
export * from './choices'
export * from './PrivacyConsent'
export * from './DataTable'
export * from './ConfirmDialog'
