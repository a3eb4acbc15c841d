/** Audit labels of the councils' inquiries actions (pl). */
export default {} as const
