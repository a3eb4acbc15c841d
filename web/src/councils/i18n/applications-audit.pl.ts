/** Audit labels of the councils' applications actions (pl). */
export default {} as const
