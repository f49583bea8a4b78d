// If you see this file, you have not run the auth:schema script yet, but you should!
export {};
