// successfactors answers in the vendor's documented shape (issue 14): filled in by the successfactors client's work.
export {};
