window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "4539148803436467",
      "userLink" : "https://twitter.com/intent/user?user_id=4539148803436467"
    }
  },
  {
    "following" : {
      "accountId" : "12345678",
      "userLink" : "https://twitter.com/intent/user?user_id=12345678"
    }
  }
]
