"""Brief data for English: words that open a sentence and need the sentence before it.

A brief sentence is lifted out of its article; one that opens with a pronoun, a possessive or a
demonstrative ("It will ...", "Its president ...") names nothing without the sentence before it,
and one that opens with a contrasting or joining conjunction ("But ...") answers a sentence the
brief does not give.
"""

ANAPHORA = (
    'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their',
    'our', 'this', 'these', 'those', 'such', 'the latter', 'the former',
    # conjunctions
    'but', 'and', 'however', 'yet', 'so',
)
