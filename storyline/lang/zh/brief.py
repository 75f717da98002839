"""Brief data for Chinese: words that open a sentence and need the sentence before it.

A brief sentence is lifted out of its article; one that opens with a pronoun, a possessive or a
demonstrative ("It will ...", "Its president ...") names nothing without the sentence before it,
and one that opens with a contrasting or joining conjunction ("But ...") answers a sentence the
brief does not give.
"""

ANAPHORA = (
    '他', '她', '它', '他们', '她们', '它们', '这', '该', '此',
    # conjunctions
    '但', '但是', '然而',
)
