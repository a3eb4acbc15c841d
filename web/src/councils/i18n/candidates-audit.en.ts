/** Audit labels of the councils' candidates actions (en). */
export default {} as const
