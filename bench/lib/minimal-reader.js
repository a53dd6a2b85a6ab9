// The least work a reader of the BlobNotFound body can do with the client's
// means: one pass over the own members of each of the three objects (the
// body, its error, the first detail), one `exec` of the code's pattern, one
// call of the French formatter. No error object is built and no other body
// shape is handled, so it is a floor for `readServiceError` + `localize`,
// not a rival to them.

const ownProperty = Object.prototype.hasOwnProperty;

function members(bag) {
  const found = { error: undefined, message: undefined, details: undefined };
  for (const key in bag) {
    if (!ownProperty.call(bag, key)) continue;
    if (key === "error" || key === "message" || key === "details") found[key] = bag[key];
  }
  return found;
}

/** `(body) => text`, reading values with `pattern` and rendering them with `format(...values)`. */
export function minimalReader(pattern, format) {
  return (body) => {
    const detail = members(members(members(body).error).details[0]);
    const match = pattern.exec(detail.message);
    return format(match[1], match[2]);
  };
}
