"""``factcheck serve``: the checker as an HTTP API and a web page, for editors and CMSs.

    request.py   the body of ``POST /v1/check``: parsed and validated, or refused with a one-line reason
    checker.py   one loaded model, shared by all requests: checks serialised, bounded in time
    app.py       the ASGI app (FastAPI): routes, errors as JSON, the OpenAPI description, the page
    main.py      the command line: arguments, the socket, loading the model, uvicorn

It needs the ``serve`` extra (``pip install 'factcheck[serve]'``); nothing else in factcheck imports it.
"""
