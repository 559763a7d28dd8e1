"""Corpus mode: ``factcheck corpus IN --output OUT`` checks a whole archive on Ray, resumably.

``sources`` plans and reads the input, ``rows`` runs one article through the two halves of the
pipeline, ``store`` writes and resumes the output, ``run`` wires them on Ray Data and
``command`` is the command line. Only ``run`` and ``command`` import Ray, and only when called.
"""
