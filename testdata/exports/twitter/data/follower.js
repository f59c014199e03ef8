window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "4024007194839204",
      "userLink" : "https://twitter.com/intent/user?user_id=4024007194839204"
    }
  },
  {
    "follower" : {
      "accountId" : "987654321",
      "userLink" : "https://twitter.com/intent/user?user_id=987654321"
    }
  }
]
