/** Audit labels of the councils' inquiries actions (en). */
export default {} as const
