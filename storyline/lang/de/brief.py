"""Brief data for German: words that open a sentence and need the sentence before it.

A brief sentence is lifted out of its article; one that opens with a pronoun, a possessive or a
demonstrative ("It will ...", "Its president ...") names nothing without the sentence before it,
and one that opens with a contrasting or joining conjunction ("But ...") answers a sentence the
brief does not give.
"""

ANAPHORA = (
    'er', 'sie', 'es', 'wir', 'ich', 'sein', 'seine', 'seinen', 'seinem', 'seiner',
    'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'dies', 'diese', 'dieser', 'dieses', 'diesen',
    'letztere', 'letzterer',
    # conjunctions
    'aber', 'doch', 'und', 'jedoch',
)
