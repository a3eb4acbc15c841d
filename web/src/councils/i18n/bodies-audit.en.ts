/** Audit labels of the councils' bodies actions (en). */
export default {} as const
