/** Audit labels of the councils' opinions actions (pl). */
export default {} as const
