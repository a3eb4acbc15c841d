/** Audit labels of the councils' bodies actions (pl). */
export default {} as const
