import * as v from 'valibot'
import { roles } from './roles'

export const email = v.pipe(
  v.string('Podaj adres e-mail.'),
  v.trim(),
  v.toLowerCase(),
  v.nonEmpty('Podaj adres e-mail.'),
  v.email('Podaj poprawny adres e-mail.'),
  v.maxLength(254),
)
/** NIST-style rule: length over complexity; 12 characters is long enough to resist guessing with throttling on. */
export const newPassword = v.pipe(
  v.string('Podaj hasło.'),
  v.minLength(12, 'Hasło musi mieć co najmniej 12 znaków.'),
  v.maxLength(200, 'Hasło może mieć najwyżej 200 znaków.'),
)
const token = v.pipe(
  v.string('Brak kodu z wiadomości.'),
  v.minLength(20, 'Link jest niepełny — skopiuj go w całości.'),
  v.maxLength(100),
)

export const loginSchema = v.object({
  email,
  password: v.pipe(v.string('Podaj hasło.'), v.nonEmpty('Podaj hasło.'), v.maxLength(200)),
})
export const resetRequestSchema = v.object({ email })
export const resetConfirmSchema = v.object({ token, password: newPassword })
export const acceptInvitationSchema = v.object({
  token,
  name: v.pipe(
    v.string('Podaj imię i nazwisko.'),
    v.trim(),
    v.minLength(3, 'Podaj imię i nazwisko.'),
    v.maxLength(120),
  ),
  password: newPassword,
})

export const roleSchema = v.picklist(roles, 'Wybierz rolę: admin, koordynator, weryfikator lub moderator.')

export const userSchema = v.object({
  id: v.string(),
  email: v.string(),
  name: v.string(),
  isOperator: v.boolean(),
  memberships: v.array(v.object({ tenantSlug: v.string(), tenantName: v.string(), role: roleSchema })),
})
export const userResponseSchema = v.object({ user: userSchema })
export const invitationInfoSchema = v.object({
  email: v.string(),
  tenantName: v.string(),
  tenantSlug: v.string(),
  role: roleSchema,
})
