/** Audit labels of the councils' applications actions (en). */
export default {} as const
