package tasks

// spelledAgain is a number written out again in words in brackets after
// its digits, as legal texts do: "Định kỳ 06 (sáu) tháng", "03 (ba)
// tháng". The words add nothing to the period the digits give.
const spelledAgain = `(?:\s*\(\s*(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s*\))?`
