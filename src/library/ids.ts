/** An id is ASCII, lower-case and hyphenated, as used in URLs and anchors. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
