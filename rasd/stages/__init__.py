"""Pipeline stages. Each module has NAME, REQUIRES, ASSIGNS and `run(doc, resources)`;
`rasd/pipeline.py` composes them in one place."""
