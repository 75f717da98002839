"""Brief data for French: words that open a sentence and need the sentence before it.

A brief sentence is lifted out of its article; one that opens with a pronoun, a possessive or a
demonstrative ("It will ...", "Its president ...") names nothing without the sentence before it,
and one that opens with a contrasting or joining conjunction ("But ...") answers a sentence the
brief does not give.
"""

ANAPHORA = (
    'il', 'elle', 'ils', 'elles', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce',
    'cet', 'cette', 'ces', 'celui-ci', 'celle-ci', 'ceci', 'cela', 'ce dernier', 'cette dernière',
    # conjunctions
    'mais', 'cependant', 'et', 'pourtant',
)
