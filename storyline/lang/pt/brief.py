"""Brief data for Portuguese: words that open a sentence and need the sentence before it.

A brief sentence is lifted out of its article; one that opens with a pronoun, a possessive or a
demonstrative ("It will ...", "Its president ...") names nothing without the sentence before it,
and one that opens with a contrasting or joining conjunction ("But ...") answers a sentence the
brief does not give.
"""

ANAPHORA = (
    'ele', 'ela', 'eles', 'elas', 'seu', 'sua', 'seus', 'suas', 'este', 'esta',
    'estes', 'estas', 'isto', 'isso', 'esse', 'essa', 'este último',
    # conjunctions
    'mas', 'porém', 'contudo', 'e',
)
