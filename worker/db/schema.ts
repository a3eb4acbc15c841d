/** Every table of the app, gathered for drizzle-kit and for typed queries. */
export * from '../tenants/schema'
export * from '../auth/schema'
export * from '../audit/schema'
export * from '../mail/schema'
export * from '../http/schema'
export * from '../budget/schema'
export * from '../budget/voting/schema'
export { writeGuards } from './guard'
