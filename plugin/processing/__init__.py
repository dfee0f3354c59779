"""The Processing provider `cpted` and its algorithms (ids are a public interface)."""
