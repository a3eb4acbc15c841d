/** Audit labels of the councils' opinions actions (en). */
export default {} as const
