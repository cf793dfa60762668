"""HTTP routers, one module per resource; they only translate between HTTP and app.services."""
