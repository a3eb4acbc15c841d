/** The councils' members pages' messages (en); same keys in both languages. */
export default {} as const
