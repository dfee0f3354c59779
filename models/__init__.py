"""The bundled grading model, its card and the scripts that build it."""
