// zohorecruit answers in the vendor's documented shape (issue 14): filled in by the zohorecruit client's work.
export {};
