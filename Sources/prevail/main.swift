print("prevail")
