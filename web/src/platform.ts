/**
 * Details of the platform operator, shown in the platform-level accessibility statement and privacy notice (the
 * pages outside any JST). Set them at build time with VITE_OPERATOR_NAME, VITE_OPERATOR_EMAIL,
 * VITE_OPERATOR_PHONE, VITE_OPERATOR_ADDRESS, VITE_A11Y_PUBLISHED_ON and VITE_A11Y_UPDATED_ON; without them the
 * development values below are used.
 */
const env = import.meta.env as Record<string, string | undefined>

export const platform = {
  operatorName: env.VITE_OPERATOR_NAME || null,
  email: env.VITE_OPERATOR_EMAIL || 'dostepnosc@wspolnota.example',
  phone: env.VITE_OPERATOR_PHONE || null,
  address: env.VITE_OPERATOR_ADDRESS || null,
  a11yPublishedOn: env.VITE_A11Y_PUBLISHED_ON || '2026-11-23',
  a11yUpdatedOn: env.VITE_A11Y_UPDATED_ON || '2026-11-23',
}
