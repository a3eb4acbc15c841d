/**
 * The core's interface parts, one of each, for every page of the core and of the modules: the page heading and
 * dates (page.tsx), loading / empty / error states (states.tsx), the one mapping of an API refusal to form errors
 * and the error summary (errors.tsx), the labelled fields (fields.tsx), checkboxes and radio groups (choices.tsx),
 * tables and the confirmation dialog. Modules bring their own looks (CSS classes), not their own controls, so the
 * markup that screen readers and keyboard users depend on is written once.
 */
export * from './page'
export * from './states'
export * from './errors'
export * from './fields'
export * from './choices'
export * from './DataTable'
export * from './ConfirmDialog'
