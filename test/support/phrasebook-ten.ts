/**
 * Ten real calque entries (the sample article's and well-known ones) in the .calque pattern
 * language, without a section header: the small phrasebook that the matcher test and
 * bench/phrasebook.ts compare with 10,000 entries.
 */
export const TEN_ENTRIES = `put (all) the dots/points on the i => dot the i's
blacken* {poss} nail => not an inch
starting to exhale => running out of steam
like two drops of water => like two peas in a pod
hang noodles on {poss} ears => pull someone's leg
kill* two hares with one shot => kill two birds with one stone
[buy | bought] a cat in a sack => buy a pig in a poke
like a fifth leg for a dog => completely useless
make*/made an elephant (out) of a fly => make a mountain out of a molehill
like peas against a wall => like water off a duck's back
`;
