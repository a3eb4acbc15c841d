/** The councils' inquiries pages' messages (pl); same keys in both languages. */
export default {} as const
