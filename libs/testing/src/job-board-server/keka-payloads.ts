// keka answers in the vendor's documented shape (issue 14): filled in by the keka client's work.
export {};
