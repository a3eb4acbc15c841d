/** The councils' candidates pages' messages (pl); same keys in both languages. */
export default {} as const
