window.YTD.saved_search.part0 = [
  {
    "savedSearch" : {
      "savedSearchId" : "1455667788990011",
      "query" : "cheap flights lisbon"
    }
  },
  {
    "savedSearch" : {
      "savedSearchId" : "1455667788990012",
      "query" : "#londoncycling"
    }
  }
]
