/** A value as an error message can show it: any input reaches a schema, even objects without a prototype. */
export const quoted = (value: unknown) => (typeof value === "string" ? `"${value.slice(0, 60)}"` : "That value");
