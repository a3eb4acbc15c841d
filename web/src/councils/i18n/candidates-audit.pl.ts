/** Audit labels of the councils' candidates actions (pl). */
export default {} as const
