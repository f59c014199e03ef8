window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "5550100199",
      "userLink" : "https://twitter.com/intent/user?user_id=5550100199"
    }
  }
]
